/* TRUTH: free — same as the racy twin, but main's write x = 1 happens after pthread_join. */
#include <pthread.h>
void *w(void *a) { **(int **)a = 2; return 0; }
int main(void)
{
    pthread_t t;
    int x = 0;
    int *p = &x;
    pthread_create(&t, 0, w, &p);
    pthread_join(t, 0);
    x = 1;
    return x;
}
