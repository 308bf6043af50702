/* TRUTH: free — the per-lane calibration threads write only their own lane result, and a pthread barrier separates calibration from the phase where every lane reads all results */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NLANES 3
struct serdes {
    pthread_barrier_t calib_done;
    int eye_width[NLANES];
    int best_lane[NLANES];
};

static struct serdes sd;
struct lane_arg { struct serdes *s; int lane; };

static void *lane_thread(void *arg) {
    struct lane_arg *la = arg;
    struct serdes *s = la->s;
    usleep(20 * (la->lane + 1));
    s->eye_width[la->lane] = 30 + 7 * la->lane;           /* phase 1: own lane only */
    pthread_barrier_wait(&s->calib_done);
    int best = 0;                                          /* phase 2: read all */
    for (int i = 1; i < NLANES; i++) if (s->eye_width[i] > s->eye_width[best]) best = i;
    s->best_lane[la->lane] = best;
    return NULL;
}

int main(void) {
    pthread_t t[NLANES];
    struct lane_arg a[NLANES];
    pthread_barrier_init(&sd.calib_done, NULL, NLANES);
    for (int i = 0; i < NLANES; i++) { a[i].s = &sd; a[i].lane = i; pthread_create(&t[i], NULL, lane_thread, &a[i]); }
    for (int i = 0; i < NLANES; i++) pthread_join(t[i], NULL);
    pthread_barrier_destroy(&sd.calib_done);
    printf("%d %d %d\n", sd.best_lane[0], sd.best_lane[1], sd.best_lane[2]);
    return 0;
}
