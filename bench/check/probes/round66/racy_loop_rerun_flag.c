/* TRUTH: racy — main starts four T without joining any in the loop; all pass the flag and write g at once */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>
static atomic_int go;
int g;
static void *T(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&go, memory_order_acquire))
        ;
    g++;
    usleep(1000);
    return NULL;
}
int main(void)
{
    pthread_t t[4];
    for (int i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, T, NULL);
        atomic_store_explicit(&go, 1, memory_order_release);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("done\n");
    return 0;
}
