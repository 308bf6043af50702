/* TRUTH: free — src_amount is always accessed under m_src and dst_amount under m_dst (both threads take m_src then m_dst); main reads after joins. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m_src = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t m_dst = PTHREAD_MUTEX_INITIALIZER;
static int src_amount = 1000;
static int dst_amount = 0;

static void transfer(int amt)
{
    pthread_mutex_lock(&m_src);
    pthread_mutex_lock(&m_dst);
    src_amount -= amt;
    dst_amount += amt;
    pthread_mutex_unlock(&m_dst);
    pthread_mutex_unlock(&m_src);
}

static void audit(int *out)
{
    pthread_mutex_lock(&m_src);
    int s = src_amount;
    pthread_mutex_lock(&m_dst);
    *out = s + dst_amount;
    pthread_mutex_unlock(&m_dst);
    pthread_mutex_unlock(&m_src);
}

static void *mover(void *a)
{
    (void)a;
    for (int i = 0; i < 10; i++)
        transfer(3);
    return NULL;
}

static void *auditor(void *a)
{
    audit(a);
    return NULL;
}

int main(void)
{
    int sum = 0;
    pthread_t m, au;
    pthread_create(&m, NULL, mover, NULL);
    pthread_create(&au, NULL, auditor, &sum);
    pthread_join(m, NULL);
    pthread_join(au, NULL);
    printf("%d %d %d\n", sum, src_amount, dst_amount);
    return 0;
}
