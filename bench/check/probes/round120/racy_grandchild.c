/* TRUTH: racy — the worker creates a grandchild that writes x and never joins it; main joins only the worker and then reads x */
#include <pthread.h>
#include <unistd.h>

int x;

void *grandchild(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        x = x + 1;
        usleep(1000);
    }
    return 0;
}

void *worker(void *arg)
{
    (void)arg;
    pthread_t g;
    pthread_create(&g, 0, grandchild, 0);
    pthread_detach(g);
    return 0;
}

int main(void)
{
    pthread_t w;
    pthread_create(&w, 0, worker, 0);
    pthread_join(w, 0);
    int s = 0;
    for (int i = 0; i < 20; i++) {
        s += x;
        usleep(1000);
    }
    return s >= 0 ? 0 : 1;
}
