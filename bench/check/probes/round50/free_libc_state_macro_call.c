/* TRUTH: free — the only shared state is rand()'s, and glibc's rand takes its own lock; the macro only hides the call's parentheses from the access text */
#include <pthread.h>
#include <stdlib.h>
#define RND rand()
void *t(void *p)
{
    int r = RND;
    return (void *)(long)r;
}
int main()
{
    pthread_t h;
    pthread_create(&h, 0, t, 0);
    int r = RND;
    pthread_join(h, 0);
    return r & 1;
}
