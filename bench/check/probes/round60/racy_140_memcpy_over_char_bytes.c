/* TRUTH: racy — T1 memcpy's 4 bytes into name[0..3] while T2 writes name[2] plainly; the memcpy writes the same byte name[2], unordered with T2's write. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
static char name[9];
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) memcpy(name, "abcd", 4);
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) name[2] = 'Z';
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%s\n", name);
    return 0;
}
