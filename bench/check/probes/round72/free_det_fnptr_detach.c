/* TRUTH: free — a function pointer to pthread_detach exists but is called on the other thread b, not t; t is joined */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
static void *bg(void *a) { (void)a; return 0; }
int main(void) {
    int (*det)(pthread_t) = pthread_detach;
    pthread_t t, b;
    pthread_create(&b, 0, bg, 0);
    pthread_create(&t, 0, w, 0);
    det(b);
    pthread_join(t, 0);
    return res;
}
