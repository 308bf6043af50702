/* racy: threads receive &i, the address of main's loop variable; they read i while
   main increments it (and two threads can end up using the same data[id]). */
#include <pthread.h>
#include <stdio.h>

#define N 4
static long data[N + 1];

static void *fill(void *arg) {
    int id = *(int *)arg;
    for (int i = 0; i < 1000; i++)
        data[id] += i;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    int i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, fill, &i);
    for (int j = 0; j < N; j++)
        pthread_join(t[j], NULL);
    long s = 0;
    for (int j = 0; j <= N; j++)
        s += data[j];
    printf("%ld\n", s);
    return 0;
}
