/* TRUTH: free — main starts w (writes g) and then calls leave(), which calls pthread_exit; main's `g = 2` after it never executes. */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
static void leave(void) { pthread_exit(0); }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    leave();
    g = 2;
    return g;
}
