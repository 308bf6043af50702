/* free: workers write only their own res[i]; main creates all in a loop, joins all in a loop,
   and only then reads res[]. */
#include <pthread.h>
#include <stdio.h>
#define NT 8
static long res[NT];
static int idx[NT];

static void *worker(void *arg) {
    int i = *(int *)arg;
    long s = 0;
    for (int k = 0; k <= i * 100; k++) s += k;
    res[i] = s;
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    long total = 0;
    for (int i = 0; i < NT; i++) { idx[i] = i; pthread_create(&t[i], NULL, worker, &idx[i]); }
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < NT; i++) total += res[i];
    printf("%ld\n", total);
    return 0;
}
