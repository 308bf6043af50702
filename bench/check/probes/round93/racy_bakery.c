// Lamport's bakery with plain (non-atomic) int choosing[]/number[]: the flag
// reads and writes themselves are data races (and so is hits under C11).
#include <pthread.h>
#include <stdio.h>
#define N 3
static int choosing[N];
static int number[N];
static int hits;
static void lock(int i) {
    choosing[i] = 1;
    int max = 0;
    for (int j = 0; j < N; j++)
        if (number[j] > max) max = number[j];
    number[i] = max + 1;
    choosing[i] = 0;
    for (int j = 0; j < N; j++) {
        while (choosing[j])
            ;
        while (number[j] != 0 && (number[j] < number[i] || (number[j] == number[i] && j < i)))
            ;
    }
}
static void unlock(int i) { number[i] = 0; }
static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int k = 0; k < 100; k++) {
        lock(id);
        hits++;
        unlock(id);
    }
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", hits);
    return 0;
}
