/* TRUTH: free — both threads take A then B (same order) around x++; x is always accessed holding A and B. */
#include <pthread.h>
static int x;
static pthread_mutex_t A = PTHREAD_MUTEX_INITIALIZER, B = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *arg) { (void)arg; for (int i = 0; i < 50; i++) { pthread_mutex_lock(&A); pthread_mutex_lock(&B); x++; pthread_mutex_unlock(&B); pthread_mutex_unlock(&A); } return NULL; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, NULL, w, NULL); pthread_create(&q, NULL, w, NULL);
    pthread_join(p, NULL); pthread_join(q, NULL);
    return x != 100;
}
