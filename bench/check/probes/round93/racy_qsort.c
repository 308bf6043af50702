// One thread sorts the shared array in place with qsort (library writes) while
// another thread reads it -> race on arr[].
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
static int arr[64];
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static void *sorter(void *arg) { (void)arg; qsort(arr, 64, sizeof arr[0], cmp); return NULL; }
static void *reader(void *arg) { *(int *)arg = arr[10]; return NULL; }
int main(void) {
    for (int i = 0; i < 64; i++) arr[i] = 64 - i;
    int r;
    pthread_t a, b;
    pthread_create(&a, NULL, sorter, NULL);
    pthread_create(&b, NULL, reader, &r);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", r);
    return 0;
}
