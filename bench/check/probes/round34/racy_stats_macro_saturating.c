/* TRUTH: racy — SAT_INC(x, max) is ((x) < (max) ? (x)++ : (x)): both workers read and increment open_conns (line 11) with no lock (0 < 100, so the increment runs). */
#include <pthread.h>
#include <stdio.h>

#define SAT_INC(x, max) ((x) < (max) ? (x)++ : (x))

static int open_conns;

static void *worker(void *arg) {
    (void)arg;
    SAT_INC(open_conns, 100); // @A
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", open_conns);
    return 0;
}
