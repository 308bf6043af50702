/* TRUTH: free — main's local done is 1, so main returns (ending the process) right after the create and never executes `g = 2`; only w writes g. */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void)
{
    pthread_t t;
    int done = 1;
    pthread_create(&t, 0, w, 0);
    if (done)
        return 0;
    g = 2;
    pthread_join(t, 0);
    return g;
}
