/* TRUTH: free — left and right point to two different malloc'd objects; thread A writes only *left, thread B only *right; main frees after joins. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int *left, *right;

static void *fill_left(void *arg)  { (void)arg; for (int i = 0; i < 8; i++) left[i] = i; return NULL; }
static void *fill_right(void *arg) { (void)arg; for (int i = 0; i < 8; i++) right[i] = -i; return NULL; }

int main(void)
{
    left = malloc(8 * sizeof *left);
    right = malloc(8 * sizeof *right);
    if (!left || !right)
        return 1;
    pthread_t a, b;
    pthread_create(&a, NULL, fill_left, NULL);
    pthread_create(&b, NULL, fill_right, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", left[7], right[7]);
    free(left);
    free(right);
    return 0;
}
