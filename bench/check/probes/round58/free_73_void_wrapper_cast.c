/* TRUTH: free — wrappers take void * and cast; both workers pass main's local ctx whose field lock guards n. */
#include <pthread.h>
struct ctx { pthread_mutex_t lock; };
static int n;
static void enter(void *p) { pthread_mutex_lock(&((struct ctx *)p)->lock); }
static void leave(void *p) { pthread_mutex_unlock(&((struct ctx *)p)->lock); }
static void *w(void *arg) { for (int i = 0; i < 20; i++) { enter(arg); n++; leave(arg); } return NULL; }
int main(void) {
    struct ctx c = { PTHREAD_MUTEX_INITIALIZER };
    pthread_t x, y;
    pthread_create(&x, NULL, w, &c); pthread_create(&y, NULL, w, &c);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
