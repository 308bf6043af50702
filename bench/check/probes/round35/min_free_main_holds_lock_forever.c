/* TRUTH: free — main locks m before starting w and never unlocks it; w blocks in pthread_mutex_lock(&m) forever, so its `g = 1` never executes; the process ends when main returns. */
#include <pthread.h>
int g;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&m); g = 1; pthread_mutex_unlock(&m); return 0; }
int main(void)
{
    pthread_t t;
    pthread_mutex_lock(&m);
    pthread_create(&t, 0, w, 0);
    g = 2;
    return g;
}
