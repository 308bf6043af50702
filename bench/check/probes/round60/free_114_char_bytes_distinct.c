/* TRUTH: free — two threads write different char elements of the same array (name[0..3] vs name[4..7]); distinct chars are distinct memory locations in C11. */
#include <pthread.h>
#include <stdio.h>
static char name[9];
static void *lo(void *arg) {
    for (int i = 0; i < 4; i++) name[i] = 'a' + i;
    return arg;
}
static void *hi(void *arg) {
    for (int i = 4; i < 8; i++) name[i] = 'A' + i;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, lo, NULL);
    pthread_create(&b, NULL, hi, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%s\n", name);
    return 0;
}
