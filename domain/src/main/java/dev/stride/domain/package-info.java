package dev.stride.domain;
