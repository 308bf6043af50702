/* TRUTH: free — in store_item every path that touches slots[]/used goes through lock(&tbl_m) first and leaves via the out_unlock label; both threads use it; main reads used after joins. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t tbl_m = PTHREAD_MUTEX_INITIALIZER;
static int slots[8];
static int used;

static int store_item(int v)
{
    int rc = -1;
    if (v < 0)
        goto out;
    pthread_mutex_lock(&tbl_m);
    if (used >= 8)
        goto out_unlock;
    if (v == 0) {
        rc = 0;
        goto out_unlock;
    }
    slots[used++] = v;
    rc = 1;
out_unlock:
    pthread_mutex_unlock(&tbl_m);
out:
    return rc;
}

static void *producer(void *a)
{
    int start = (int)(long)a;
    for (int i = start; i < start + 6; i++)
        store_item(i - 2);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, (void *)0L);
    pthread_create(&b, NULL, producer, (void *)3L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", used);
    return 0;
}
