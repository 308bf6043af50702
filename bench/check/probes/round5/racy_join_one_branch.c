/* TRUTH: racy - with argc == 1 (no arguments) main skips the join and writes data while the worker may still write it */
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
    }
    data++;
    return data;
}
