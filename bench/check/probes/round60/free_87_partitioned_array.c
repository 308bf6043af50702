/* TRUTH: free — each of 4 threads writes only its own quarter a[id*25 .. id*25+24]; disjoint elements are distinct memory locations; main sums after join. */
#include <pthread.h>
#include <stdio.h>
#define N 4
static int a[100];
static void *work(void *arg) {
    int id = (int)(long)arg;
    for (int i = id * 25; i < (id + 1) * 25; i++) a[i] = i * i;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    long s = 0;
    for (int i = 0; i < 100; i++) s += a[i];
    printf("%ld\n", s);
    return 0;
}
