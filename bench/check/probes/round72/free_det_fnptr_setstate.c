/* TRUTH: free — setdetachstate through a function pointer sets JOINABLE; join orders the write */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
int main(void) {
    int (*set)(pthread_attr_t *, int) = pthread_attr_setdetachstate;
    pthread_attr_t at;
    pthread_t t;
    pthread_attr_init(&at);
    set(&at, PTHREAD_CREATE_JOINABLE);
    pthread_create(&t, &at, w, 0);
    pthread_join(t, 0);
    return res;
}
