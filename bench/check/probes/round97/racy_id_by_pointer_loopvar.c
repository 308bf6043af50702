/* RACY: the address of the loop variable i is passed to every thread; main keeps
   incrementing i while the threads read *arg. */
#include <pthread.h>
#include <stdio.h>
#define N 4
static int slots[N];
static void *worker(void *arg) {
    int id = *(int *)arg;
    if (id >= 0 && id < N) slots[id] = id * id;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    int i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &i);
    for (int j = 0; j < N; j++)
        pthread_join(t[j], NULL);
    for (int j = 0; j < N; j++) printf("%d\n", slots[j]);
    return 0;
}
