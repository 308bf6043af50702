/* TRUTH: racy — the atexit handler runs at exit while the detached worker may still write g */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
static void bye(void) { printf("%d\n", g); }
static void *worker(void *arg) { (void)arg; for (int i = 0; i < 1000000; i++) g = i; return NULL; }
int main(void)
{
    atexit(bye);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_detach(t);
    usleep(100);
    return 0;
}
