/* TRUTH: racy — p->b and ua.arr[1] are the same bytes 4..7 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <wchar.h>
#include <locale.h>

struct S { int a; int b; };
union A { struct S s; int arr[2]; } ua;
static void *th(void *arg) {
    (void)arg;
    struct S *p = &ua.s;
    p->b = 1;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    ua.arr[1] = 2;
    pthread_join(t, 0);
    return 0;
}
