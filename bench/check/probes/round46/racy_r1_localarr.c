/* TRUTH: racy — arr[1] is 1, leave_if returns; racy write of g */
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

int g;
static void leave_if(int c) { if (!c) pthread_exit(0); }
static void *th(void *a) {
    (void)a;
    int arr[2] = {0, 1};
    leave_if(arr[1]);
    g = 1;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    g = 2;
    pthread_join(t, 0);
    return 0;
}
