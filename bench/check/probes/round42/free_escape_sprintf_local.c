/* TRUTH: free — each worker's v is its own local; its address is formatted into a local buffer that never leaves the thread, so v++ (line 12) in two workers touches different objects */
#include <pthread.h>
#include <stdio.h>
static int sink;
static void *w(void *a)
{
    int v = 0;
    char buf[32];
    snprintf(buf, sizeof buf, "%p", (void *)&v);
    (void)a;
    (void)buf;
    v++;
    return (void *)(long)v;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return sink;
}
