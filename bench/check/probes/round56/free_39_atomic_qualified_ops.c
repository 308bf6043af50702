/* TRUTH: free — `level` is declared _Atomic, so `level += d` and `level--` are atomic read-modify-writes; no plain access exists. */
#include <pthread.h>
#include <stdio.h>

static _Atomic int level;

static void *up(void *arg)   { (void)arg; for (int i = 0; i < 500; i++) level += 2; return NULL; }
static void *down(void *arg) { (void)arg; for (int i = 0; i < 500; i++) level--; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, up, NULL);
    pthread_create(&b, NULL, down, NULL);
    printf("midway %d\n", level);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", level);
    return 0;
}
