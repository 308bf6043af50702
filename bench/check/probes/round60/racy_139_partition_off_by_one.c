/* TRUTH: racy — partition loop uses <= so thread id writes a[id*25 .. id*25+25]; element a[25] is written by thread 0 and thread 1 (and a[50], a[75] likewise) without ordering. */
#include <pthread.h>
#include <stdio.h>
#define N 4
static int a[101];
static void *work(void *arg) {
    int id = (int)(long)arg;
    for (int i = id * 25; i <= (id + 1) * 25; i++) a[i] = i * i + id;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    long s = 0;
    for (int i = 0; i < 101; i++) s += a[i];
    printf("%ld\n", s);
    return 0;
}
