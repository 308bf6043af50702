/* TRUTH: free — the loop index is passed by value (cast to void*), so each thread gets a distinct id and writes only data[id]; main reads after joins. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define NTH 4
static int data[NTH];
static void *w(void *arg) { int id = (int)(intptr_t)arg; data[id] += id + 1; return NULL; }
int main(void) {
    pthread_t t[NTH];
    for (int i = 0; i < NTH; i++) pthread_create(&t[i], NULL, w, (void *)(intptr_t)i);
    for (int i = 0; i < NTH; i++) pthread_join(t[i], NULL);
    printf("%d\n", data[0] + data[3]);
    return 0;
}
