/* TRUTH: free. the front/back pointers and both buffers are only accessed with swap_lock held (through a pointer-to-pointer helper); main prints after the joins. */
#include <pthread.h>
#include <stdio.h>
static int buf_a[4], buf_b[4];
static int *front = buf_a, *back = buf_b;
static pthread_mutex_t swap_lock = PTHREAD_MUTEX_INITIALIZER;

static void swap_ptrs(int **x, int **y)
{
    int *t = *x;
    *x = *y;
    *y = t;
}

static void *renderer(void *p)
{
    (void)p;
    for (int f = 0; f < 3; f++) {
        pthread_mutex_lock(&swap_lock);
        for (int i = 0; i < 4; i++)
            back[i] = f + i;
        swap_ptrs(&front, &back);
        pthread_mutex_unlock(&swap_lock);
    }
    return NULL;
}

static void *display(void *p)
{
    int *last = p;
    pthread_mutex_lock(&swap_lock);
    *last = front[0] + front[3];
    pthread_mutex_unlock(&swap_lock);
    return NULL;
}

int main(void)
{
    pthread_t r, d;
    int shown = 0;
    pthread_create(&r, NULL, renderer, NULL);
    pthread_create(&d, NULL, display, &shown);
    pthread_join(r, NULL);
    pthread_join(d, NULL);
    printf("%d %d\n", shown, front[0]);
    return 0;
}
