/* TRUTH: free — each thread accumulates into partial[id]; main combines partials only after joining every thread */
#include <pthread.h>
#include <stdlib.h>
#define NT 4
#define LEN 4096
static int values[LEN];
static long partial[NT];
static void *sum_part(void *arg) {
    int id = (int)(long)arg;
    for (int i = id; i < LEN; i += NT) partial[id] += values[i];
    return NULL;
}
int main(void) {
    srand(1);
    for (int i = 0; i < LEN; i++) values[i] = rand() % 10;
    pthread_t t[NT];
    for (long i = 0; i < NT; i++) pthread_create(&t[i], NULL, sum_part, (void *)i);
    long total = 0;
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < NT; i++) total += partial[i];
    return (int)(total % 7);
}
