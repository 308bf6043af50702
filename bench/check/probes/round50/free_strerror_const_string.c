/* TRUTH: free — strerror of a known errno returns a constant message (glibc: the translated sys_errlist entry; unknown numbers use a per-thread buffer), so main's read of it and the thread's call share no written memory */
#include <pthread.h>
#include <string.h>
void *t(void *arg)
{
    return strerror(3);
}
int main()
{
    pthread_t b;
    char *s = strerror(2);
    pthread_create(&b, 0, t, 0);
    int n = *s;
    pthread_join(b, 0);
    return n;
}
