/* TRUTH: free — only bg detaches itself (via a local copy of pthread_self()); w is joined normally */
#include <pthread.h>
int res;
static void *bg(void *a) { (void)a; pthread_t me = pthread_self(); pthread_detach(me); return 0; }
static void *w(void *a) { (void)a; res = 1; return 0; }
int main(void) {
    pthread_t t, b;
    pthread_create(&b, 0, bg, 0);
    pthread_create(&t, 0, w, 0);
    pthread_join(t, 0);
    return res;
}
