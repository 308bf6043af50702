/* RACY: parallel search; a worker that finds the key writes `found_at` and breaks,
   other workers read `found_at` unlocked to stop early. */
#include <pthread.h>
#include <stdio.h>
#define N 2
#define LEN 1000
static int hay[LEN];
static int found_at = -1;
static void *search(void *a) {
    long id = (long)a;
    for (int i = id * (LEN / N); i < (id + 1) * (LEN / N); i++) {
        if (found_at >= 0) break;
        if (hay[i] == 42) { found_at = i; break; }
    }
    return NULL;
}
int main(void) {
    for (int i = 0; i < LEN; i++) hay[i] = i % 97;
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, search, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", found_at);
    return 0;
}
