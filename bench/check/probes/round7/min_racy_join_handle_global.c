/* TRUTH: racy. main writes the global handle main_thread after starting t, which reads it to join main: a plain write/read pair on main_thread. */
#include <pthread.h>
static pthread_t main_thread;
static void *t(void *p) { (void)p; pthread_join(main_thread, NULL); return NULL; }
int main(void)
{
    pthread_t r;
    pthread_create(&r, NULL, t, NULL);
    main_thread = pthread_self();
    pthread_exit(NULL);
}
