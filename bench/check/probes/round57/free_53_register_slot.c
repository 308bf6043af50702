/* TRUTH: free — each thread takes slot = nreg++ while holding reg_lock (distinct slots), then writes only owner[slot]; main reads after joins. */
#include <pthread.h>
#include <stdio.h>
#define N 4
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static int nreg;
static int owner[N];
static int take_slot(void) {
    pthread_mutex_lock(&reg_lock);
    int s = nreg++;
    pthread_mutex_unlock(&reg_lock);
    return s;
}
static void *w(void *u) { (void)u; int s = take_slot(); owner[s] = s + 1; return NULL; }
int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, w, NULL);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", owner[0] + owner[3]);
    return 0;
}
