/* TRUTH: racy — four worker threads run at once, never joined before the next starts (loop nested 64 blocks deep) */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *worker(void *arg) { (void)arg; g++; usleep(1000); return NULL; }
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t[4];
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
    if (argc > 0) {
        for (int i = 0; i < 4; i++)
            pthread_create(&t[i], NULL, worker, NULL);
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return 0;
}
