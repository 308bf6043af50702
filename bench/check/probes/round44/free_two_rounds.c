/* TRUTH: free — two rounds of threads created/joined in loops; round 2 only reads round-1 results from src[] and writes its own dst[] slot */
#include <pthread.h>
#define NT 4
static int src[NT], dst[NT];
static void *round1(void *a) { int i = (int)(long)a; src[i] = i + 1; return NULL; }
static void *round2(void *a) { int i = (int)(long)a; dst[i] = src[i] + src[(i + 1) % NT]; return NULL; }
int main(void) {
    pthread_t t[NT];
    for (long i = 0; i < NT; i++) pthread_create(&t[i], NULL, round1, (void *)i);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    for (long i = 0; i < NT; i++) pthread_create(&t[i], NULL, round2, (void *)i);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    return dst[0] + dst[NT - 1];
}
