// ratingSteps.ts: what a list of ratings needs to open RatingDialog on one of them, and which
// steps the signed-in operator may take on a rating: a callback on a bad one not yet rectified
// (督导), a malicious-rating review proposal when none is open or approved (督导). The case
// page's 好差评 section and the dashboard's bad ratings of tickets both use it.
import { ref } from 'vue'
import type { Rating } from '../../api/ratings'
import { badRatings } from '../../generated/vocabulary'
import { useSession } from '../../stores/session'
import type { RatingStep } from './RatingDialog.vue'

/** useRatingSteps gives the dialog's state, open() and the checks on a rating. */
export function useRatingSteps() {
  const session = useSession()
  const step = ref<RatingStep | null>(null)
  const target = ref<Rating | null>(null)
  const reviewId = ref(0)

  /** open starts step s on rating r (review: the review a decision is on). */
  function open(s: RatingStep, r: Rating | null = null, review = 0) {
    target.value = r
    reviewId.value = review
    step.value = s
  }

  const isBad = (r: Rating) => !r.pending && badRatings.includes(r.level)
  const canCallback = (r: Rating) => session.can('ratings.record') && isBad(r) && !r.rectified && !r.excluded
  const canPropose = (r: Rating) =>
    session.can('ratings.propose') && isBad(r) && !r.reviews.some((v) => v.state === 'proposed' || v.state === 'approved')
  return { step, target, reviewId, open, isBad, canCallback, canPropose }
}
