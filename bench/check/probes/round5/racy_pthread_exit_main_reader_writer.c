/* TRUTH: racy - after main's pthread_exit the two threads keep running: one rewrites cfg.port while the other reads it, no lock */
#include <pthread.h>
#include <stdio.h>
static struct { int port; char host[16]; } cfg;
static void *reader(void *arg) { (void)arg; printf("%d\n", cfg.port); return NULL; }
static void *writer(void *arg) { (void)arg; cfg.port = 9090; return NULL; }
int main(void)
{
    cfg.port = 8080;
    pthread_t a, b;
    pthread_create(&a, NULL, reader, NULL);
    pthread_create(&b, NULL, writer, NULL);
    pthread_exit(NULL);
}
