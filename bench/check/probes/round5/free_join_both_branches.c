/* TRUTH: race-free - the worker is joined on both branches of the if before main touches data */
#include <pthread.h>
#include <stdio.h>
static int data;
static void *worker(void *arg) { (void)arg; data = 5; return NULL; }
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    if (argc > 1) {
        puts("verbose");
        pthread_join(t, NULL);
    } else {
        pthread_join(t, NULL);
    }
    data++;
    return data;
}
