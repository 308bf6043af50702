/* racy: inside the create loop main writes `round` after creating thread i, while
   already-created threads read `round`. */
#include <pthread.h>
#include <stdio.h>

#define N 3
static int round_no;

static void *r(void *x) {
    (void)x;
    printf("%d\n", round_no);
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        round_no = i;
        pthread_create(&t[i], NULL, r, NULL);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return 0;
}
