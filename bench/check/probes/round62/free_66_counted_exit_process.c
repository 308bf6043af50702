/* TRUTH: free — the thread's loop runs once and calls _exit, ending the process, so its g = 1 is never executed; only main writes g */
#include <pthread.h>
#include <unistd.h>
static int g;
static void *quit(void *arg)
{
    int n = (int)(long)arg;
    for (int i = 0; i < n; i++)
        _exit(0);
    g = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, quit, (void *)1L);
    g = 2;
    pthread_join(t, NULL);
    return g;
}
