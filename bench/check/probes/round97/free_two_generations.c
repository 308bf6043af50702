/* FREE: main runs two rounds of workers over the same global array; the second
   round starts only after every first-round thread has been joined, and main
   resets the array between rounds. */
#include <pthread.h>
#include <stdio.h>
#define N 3
static int cell[N];
static void *round_fn(void *a) {
    long id = (long)a;
    cell[id] += (int)id + 1;
    return NULL;
}
static void run_round(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, round_fn, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
}
int main(void) {
    run_round();
    int s = 0;
    for (int i = 0; i < N; i++) { s += cell[i]; cell[i] = 0; }
    run_round();
    for (int i = 0; i < N; i++) s += cell[i];
    printf("%d\n", s);
    return 0;
}
