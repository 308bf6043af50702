/* TRUTH: free — the state variable holds PTHREAD_CREATE_JOINABLE on every path; join orders the write */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
int main(int argc, char **argv) {
    (void)argv; (void)argc;
    int st = PTHREAD_CREATE_JOINABLE;
    pthread_attr_t at;
    pthread_t t;
    pthread_attr_init(&at);
    pthread_attr_setdetachstate(&at, st);
    pthread_create(&t, &at, w, 0);
    pthread_join(t, 0);
    return res;
}
