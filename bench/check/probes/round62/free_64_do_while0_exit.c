/* TRUTH: free — do { pthread_exit(NULL); } while (0) ends the thread on its one pass, so g = 1 after it is unreachable; only main writes g */
#include <pthread.h>
static int g;
static void *quit(void *arg)
{
    (void)arg;
    do {
        pthread_exit(NULL);
    } while (0);
    g = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, quit, NULL);
    g = 2;
    pthread_join(t, NULL);
    return g;
}
