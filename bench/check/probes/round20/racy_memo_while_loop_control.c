/* TRUTH: racy. Control with a while loop: bump() before the loop and in it; the loop's second pass bumps total while reader (started in pass 1) reads it. */
#include <pthread.h>
int total;
void *reader(void *a) { return (void *)(long)total; }
static void bump(void) { total++; }
int main(void) {
    pthread_t t;
    int n = 0;
    bump();
    while (n < 2) {
        bump();
        if (n == 0)
            pthread_create(&t, 0, reader, 0);
        n++;
    }
    pthread_join(t, 0);
    return 0;
}
