/* FREE: main sets the global `job` before creating each worker and joins that
   worker before changing `job` again (strictly sequential hand-offs). */
#include <pthread.h>
#include <stdio.h>
static int job;
static long answer;
static void *worker(void *a) {
    (void)a;
    answer += job * 2;
    return NULL;
}
int main(void) {
    for (int k = 1; k <= 3; k++) {
        pthread_t t;
        job = k;
        pthread_create(&t, NULL, worker, NULL);
        pthread_join(t, NULL);
    }
    printf("%ld\n", answer);
    return 0;
}
